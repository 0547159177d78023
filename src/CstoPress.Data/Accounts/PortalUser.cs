using Microsoft.AspNetCore.Identity;

namespace CstoPress.Data.Accounts;

/// <summary>An account of the press office (Admin, Editor) or of an accredited journalist.</summary>
public class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
