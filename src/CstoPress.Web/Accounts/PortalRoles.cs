namespace CstoPress.Web.Accounts;

/// <summary>The roles of the portal's accounts and the policies built on them: the one place that names them.</summary>
public static class PortalRoles
{
    /// <summary>Manages users, sections and everything else.</summary>
    public const string Admin = "Admin";

    /// <summary>The press secretary and staff: write, publish, withdraw.</summary>
    public const string Editor = "Editor";

    /// <summary>Accredited journalists: never any access to the admin area.</summary>
    public const string Journalist = "Journalist";

    public static readonly IReadOnlyList<string> All = [Admin, Editor, Journalist];

    /// <summary>Policy of the whole admin area: the press office.</summary>
    public const string PressOfficePolicy = "PressOffice";

    /// <summary>Policy of user management and the audit log.</summary>
    public const string AdminOnlyPolicy = "AdminOnly";
}
