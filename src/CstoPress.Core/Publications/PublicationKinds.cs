namespace CstoPress.Core.Publications;

/// <summary>How the kinds of publication are written in public addresses: /feeds/kinds/speeches.atom, ?kind=speeches.</summary>
public static class PublicationKinds
{
    public static readonly IReadOnlyList<PublicationKind> All = Enum.GetValues<PublicationKind>();

    public static string Slug(this PublicationKind kind) => kind switch
    {
        PublicationKind.News => "news",
        PublicationKind.PressRelease => "press-releases",
        PublicationKind.Speech => "speeches",
        PublicationKind.Statement => "statements",
        PublicationKind.Interview => "interviews",
        PublicationKind.Resolution => "resolutions",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Reads a kind from its address form ('press-releases') or its name ('PressRelease').</summary>
    public static bool TryParse(string? text, out PublicationKind kind)
    {
        kind = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var wanted = text.Trim();
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Slug(), wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        return false;
    }
}
