namespace CstoPress.Core.Import;

/// <summary>
/// The block that opens a speech in the archive: who speaks and to whom ("of the CSTO Secretary
/// General / to the Ninth Meeting of ..."), the occasion "(17 November 2021, Moscow)", then the
/// addressee lines ("Dear friends!").
/// </summary>
public sealed record SpeechHeader(
    ArchiveParagraph? Heading,
    ArchiveParagraph? OccasionLine,
    IReadOnlyList<ArchiveParagraph> Addressees,
    string? SpeakerPost,
    string? Occasion,
    string? Place,
    DateOnly? DeliveredOn)
{
    /// <summary>How many of the body's first paragraphs the header takes up.</summary>
    public int Length => (Heading is null ? 0 : 1) + (OccasionLine is null ? 0 : 1) + Addressees.Count;

    public bool IsSpeech => OccasionLine is not null || Addressees.Count > 0;

    public static SpeechHeader Read(IReadOnlyList<ArchiveParagraph> body)
    {
        var at = 0;
        ArchiveParagraph? heading = null;
        ArchiveParagraph? occasionLine = null;
        string? place = null;
        DateOnly? deliveredOn = null;

        if (at < body.Count && HeadingStart.IsMatch(body[at].Lines[0]) && body[at].Text.Length < 600)
        {
            heading = body[at++];
        }

        if (at < body.Count && OccasionLineText.Match(body[at].Text) is { Success: true } occasion)
        {
            occasionLine = body[at++];
            place = occasion.Groups["place"].Value.Trim();
            if (ArchiveDate.TryRead(occasion.Groups["date"].Value, out var date))
            {
                deliveredOn = date;
            }
        }
        else if (heading is not null && !Addressee.IsMatch(body.ElementAtOrDefault(at)?.Text ?? ""))
        {
            // A line starting like a heading but followed by neither occasion nor addressee is ordinary text.
            heading = null;
            at = 0;
        }

        var addressees = new List<ArchiveParagraph>();
        while (at < body.Count && addressees.Count < 8 && Addressee.IsMatch(body[at].Text))
        {
            addressees.Add(body[at++]);
        }

        string? speakerPost = null;
        string? occasionText = null;
        if (heading is not null)
        {
            var speakerLine = heading.Lines.Select((line, index) => (match: SpeakerOf.Match(line), index)).FirstOrDefault(l => l.match.Success);
            speakerPost = speakerLine.match?.Groups["post"].Value.Trim();
            var rest = heading.Lines.Skip(speakerLine.match is null ? 1 : speakerLine.index + 1).ToList();
            occasionText = rest.Count > 0 ? To.Replace(string.Join(' ', rest), "").Trim() : null;
        }

        return new SpeechHeader(heading, occasionLine, addressees, speakerPost, occasionText, place, deliveredOn);
    }

    public string DeliveredOnText => DeliveredOn?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";

    private static readonly Regex HeadingStart = ArchivePattern.Of(@"^(?i:speech|address|statement\s+by|remarks|of\s+the\s|by\s+the\s|выступление|обращение|доклад|речь)");

    private static readonly Regex OccasionLineText = ArchivePattern.Of(@"^\(\s*(?:(?<date>[^(),]*\d{4})\s*,\s*(?<place>[^()]+?)|(?<place>[^(),\d]+?)\s*,\s*(?<date>[^()]*\d{4}))\s*\)$");

    private static readonly Regex Addressee = ArchivePattern.Of(@"^(?i:dear|distinguished|ladies\s+and\s+gentlemen|your\s+excellenc|уважаем|дорог|дамы\s+и\s+господа)[^\n]{0,150}!$");

    private static readonly Regex SpeakerOf = ArchivePattern.Of(@"^(?i:(?:speech|address|remarks)\s+)?(?i:of|by)\s+the\s+(?<post>.+)$");

    private static readonly Regex To = ArchivePattern.Of(@"^(?i:to|at)\s+the\s+");
}
