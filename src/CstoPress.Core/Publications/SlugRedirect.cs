namespace CstoPress.Core.Publications;

/// <summary>An address a publication used to have. Links to it keep working as a permanent redirect.</summary>
public class SlugRedirect
{
    public required string OldSlug { get; set; }
    public int PublicationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
