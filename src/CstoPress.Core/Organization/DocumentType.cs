namespace CstoPress.Core.Organization;

/// <summary>What kind of act a document is. Agreements and protocols bind the States only once they ratify them.</summary>
public enum DocumentType
{
    Decision = 0,
    Statement = 1,
    Declaration = 2,
    Agreement = 3,
    Protocol = 4,

    /// <summary>Kept for the resolutions the portal published before the register (often of other organizations, such as the UN).</summary>
    Resolution = 5,
}
