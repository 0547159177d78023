namespace CstoPress.Core.Organization;

/// <summary>
/// The rules of a document's language versions: one original, in which the act was adopted; the other
/// language a translation, official or unofficial; each version with a title.
/// </summary>
public static class DocumentTexts
{
    /// <summary>Writes the version in a language, creating or removing it; an empty title and text mean "no version in this language".</summary>
    public static void SetVersion(this Document document, ContentLanguage language, string? title, string? text, bool isOriginal, bool isUnofficial)
    {
        var existing = document.Versions.FirstOrDefault(v => v.Language == language);
        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(text))
        {
            if (existing is not null)
            {
                Require(existing.Files.Count == 0, "Remove the version's attached files before removing the version.");
                document.Versions.Remove(existing);
            }

            return;
        }

        Require(!string.IsNullOrWhiteSpace(title), "Each language version needs a title.");
        existing ??= Add(document, language, title!);
        existing.Title = title!.Trim();
        existing.Text = text?.Trim() ?? "";
        existing.IsOriginal = isOriginal;
        // The original is the text adopted: only a translation can be unofficial.
        existing.IsUnofficial = !isOriginal && isUnofficial;
    }

    /// <summary>What a saved document must hold: at least one version, and exactly one of them the original.</summary>
    public static void RequireOneOriginal(this Document document)
    {
        Require(document.Versions.Count > 0, "A document needs its text in at least one language: give a title.");
        Require(document.Versions.Count(v => v.IsOriginal) == 1, "Mark the language in which the document was adopted as the original.");
    }

    private static DocumentVersion Add(Document document, ContentLanguage language, string title)
    {
        var version = new DocumentVersion { Language = language, Title = title, DocumentId = document.Id };
        document.Versions.Add(version);
        return version;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new RegisterRuleException(message);
        }
    }
}
