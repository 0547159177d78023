namespace CstoPress.Core.Import;

/// <summary>
/// Decides what kind of text an archived page is by what it shows, and says why, so an editor can
/// check the decision. Without evidence a page is news.
/// </summary>
public static class KindEvidence
{
    public static (PublicationKind Kind, string Reason) Decide(string title, SpeechHeader speech, IReadOnlyList<string> opening)
    {
        if (speech.OccasionLine is not null)
        {
            return (PublicationKind.Speech, $"speech header with the occasion '{speech.OccasionLine.Text}'");
        }

        if (speech.Addressees.Count > 0)
        {
            return (PublicationKind.Speech, $"opens by addressing the audience ('{speech.Addressees[0].Text}')");
        }

        if (Resolution.Match(title) is { Success: true } resolution)
        {
            return (PublicationKind.Resolution, $"the title names a resolution ('{resolution.Value}')");
        }

        if (Statement.Match(title) is { Success: true } statement)
        {
            return (PublicationKind.Statement, $"the title names a statement ('{statement.Value}')");
        }

        if (Interview.Match(title) is { Success: true } interview)
        {
            return (PublicationKind.Interview, $"the title names an interview ('{interview.Value}')");
        }

        if (opening.Select(p => Interview.Match(p)).FirstOrDefault(m => m.Success) is { } told)
        {
            return (PublicationKind.Interview, $"the text opens as an interview ('{told.Value}')");
        }

        return (PublicationKind.News, "no sign of a speech, resolution, statement or interview");
    }

    private static readonly Regex Resolution = ArchivePattern.Of(@"(?i:\bresolutions?\b|резолюци\w*)");

    private static readonly Regex Statement = ArchivePattern.Of(@"(?i:\bstatement\b|\bdeclaration\b|заявлени\w*|декларац\w*)");

    private static readonly Regex Interview = ArchivePattern.Of(@"(?i:\binterview\b|интервью|answered\s+questions\s+of|\btold\s+[\p{L}\s]{2,60}?correspondent|ответил\w*\s+на\s+вопросы)");
}
