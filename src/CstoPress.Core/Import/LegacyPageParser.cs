using CstoPress.Core.Publications;
using CstoPress.Core.Text;

namespace CstoPress.Core.Import;

/// <summary>
/// Reads one page saved from the old site: drops the repeated teasers above it and the navigation
/// under it, finds the title and the dated title line, and turns the rest into a Markdown body with
/// its signature, photos, speech header, language, kind and source told apart. It only reads the
/// <see cref="BoilerplateKnowledge"/>, so pages can be parsed in parallel.
/// </summary>
/// <remarks>
/// A page with Russian and English text (an agency dispatch and its translation) becomes one
/// publication in the language of its title, with the other-language text kept under it as a
/// quotation. One item keeps the archive's one-file-one-item identity, which re-imports rely on;
/// editors can still split a translation off as a linked publication.
/// </remarks>
public static class LegacyPageParser
{
    public const int MaxTitleLength = 500;
    private const int LongestTitle = 300;
    private const int LongestLead = 4000;

    public static ArchivePageReading Parse(string name, IReadOnlyList<ArchiveParagraph> paragraphs, BoilerplateKnowledge knowledge)
    {
        var end = paragraphs.Count;
        while (end > 0 && IsTrailingBoilerplate(paragraphs[end - 1], knowledge))
        {
            end--;
        }

        var reasons = new List<string>();
        string? title = null;
        DateOnly? date = null;
        int start;

        if (FindTitleAndDateLine(paragraphs, end) is { } pair)
        {
            title = paragraphs[pair.Index].Text;
            start = pair.Index + 2;
            if (ArchiveDate.TryRead(pair.DateText, out var read))
            {
                date = read;
            }
            else
            {
                reasons.Add($"the date '{pair.DateText}' is not in a recognised format");
            }
        }
        else
        {
            start = 0;
            while (start < end && knowledge.IsBoilerplate(paragraphs[start]))
            {
                start++;
            }

            if (start == end)
            {
                return ArchivePageReading.Failed(name, paragraphs.Count == 0
                    ? "no text"
                    : "only the old site's repeated teasers and navigation, no publication");
            }

            var first = paragraphs[start];
            if (first.Lines.Count == 1 && ArchiveDate.TitleWithDate().Match(first.Text) is { Success: true } dated
                && ArchiveDate.TryRead(dated.Groups["date"].Value, out var read))
            {
                title = dated.Groups["title"].Value;
                date = read;
                start++;
            }
            else if (first.Lines.Count == 1 && first.Text.Length <= LongestTitle && start + 1 < end)
            {
                title = first.Text;
                start++;
                var next = paragraphs[start].Text;
                if (ArchiveDate.LooksLikeDate(next) && ArchiveDate.TryRead(next, out var alone))
                {
                    date = alone;
                    start++;
                }
                else if (ArchiveDate.LooksLikeDate(next))
                {
                    reasons.Add($"the date '{next}' is not in a recognised format");
                    start++;
                }
                else
                {
                    reasons.Add("no date line under the title");
                }
            }
            else
            {
                reasons.Add("no title found (the working title is the start of the text)");
                reasons.Add("no date line under the title");
            }
        }

        var body = new List<ArchiveParagraph>();
        var photos = new List<string>();
        foreach (var paragraph in paragraphs.Skip(start).Take(end - start))
        {
            var lines = new List<string>();
            foreach (var line in paragraph.Lines)
            {
                var (files, rest) = PhotoReferences.Extract(line);
                photos.AddRange(files);
                if (rest.Length > 0)
                {
                    lines.Add(rest);
                }
            }

            if (lines.Count > 0)
            {
                body.Add(lines.SequenceEqual(paragraph.Lines) ? paragraph : new ArchiveParagraph(lines));
            }
        }

        PressSignature? signature = null;
        for (var i = body.Count - 1; i >= Math.Max(0, body.Count - 2) && signature is null; i--)
        {
            signature = PressSignature.Read(body[i]);
            if (signature is not null)
            {
                body.RemoveAt(i);
            }
        }

        if (title is null)
        {
            var start0 = body.Count > 0 ? body[0].Text : name;
            title = start0.Length <= 80 ? start0 : start0[..80].TrimEnd() + "…";
        }

        if (title.Length > MaxTitleLength)
        {
            title = title[..(MaxTitleLength - 1)] + "…";
            reasons.Add("the title was longer than 500 characters and was cut");
        }

        if (body.Count == 0)
        {
            reasons.Add("the page has a title but no text");
        }

        var language = ParagraphLanguage.Of(title);
        var speech = SpeechHeader.Read(body);
        var text = body.Skip(speech.Length).ToList();
        var own = text.Where(p => ParagraphLanguage.Of(p.Text) == language).ToList();
        var other = text.Where(p => ParagraphLanguage.Of(p.Text) != language).ToList();
        var opening = text.Take(3).Select(p => p.Text).ToList();
        var (kind, kindReason) = KindEvidence.Decide(title, speech, opening);

        var lead = "";
        if (!speech.IsSpeech && own.Count > 1 && own[0].Text.Length <= LongestLead)
        {
            lead = own[0].Text;
            own.RemoveAt(0);
        }

        var blocks = new List<string>();
        if (speech.Heading is not null)
        {
            blocks.Add(MarkdownText.Paragraph(speech.Heading.Lines));
        }

        if (speech.OccasionLine is not null)
        {
            blocks.Add("*" + MarkdownText.Line(speech.OccasionLine.Text) + "*");
        }

        blocks.AddRange(speech.Addressees.Select(a => MarkdownText.Paragraph(a.Lines)));
        blocks.AddRange(own.Select(p => MarkdownText.Paragraph(p.Lines)));
        ContentLanguage? originalLanguage = null;
        if (other.Count > 0)
        {
            var otherLanguage = language == ContentLanguage.En ? ContentLanguage.Ru : ContentLanguage.En;
            blocks.Add(otherLanguage == ContentLanguage.Ru ? "*Text in Russian:*" : "*Текст на английском языке:*");
            blocks.Add(MarkdownText.Quote(other.Select(p => MarkdownText.Paragraph(p.Lines))));

            // The other-language text printed first is the original (the dispatch); the rest is its translation.
            if (text.Count > 0 && ParagraphLanguage.Of(text[0].Text) == otherLanguage)
            {
                originalLanguage = otherLanguage;
            }
        }

        return new ArchivePageReading(name, new ArchivePage(
            title,
            date,
            language,
            kind,
            kindReason,
            lead,
            string.Join("\n\n", blocks),
            AgencyAttribution.Find(opening),
            originalLanguage,
            signature,
            photos,
            speech,
            reasons), null);
    }

    public static ArchivePageReading Parse(ArchiveFileReading file, BoilerplateKnowledge knowledge) =>
        file.Text is null
            ? ArchivePageReading.Failed(file.Name, file.Problem ?? "unreadable")
            : Parse(file.Name, ArchiveParagraph.Split(file.Text), knowledge);

    private static bool IsTrailingBoilerplate(ArchiveParagraph paragraph, BoilerplateKnowledge knowledge) =>
        NavigationLines.IsNavigation(paragraph)
        || (knowledge.IsBoilerplate(paragraph) && paragraph.Lines.Count == 1 && paragraph.Text.Length <= 60
            && !paragraph.Text.Any(char.IsAsciiDigit) && PressSignature.Read(paragraph) is null);

    /// <summary>The title, then the title again with the date after it: the surest sign of where the item starts.</summary>
    public static (int Index, string DateText)? FindTitleAndDateLine(IReadOnlyList<ArchiveParagraph> paragraphs, int end)
    {
        for (var i = 0; i + 1 < end; i++)
        {
            var title = paragraphs[i];
            var next = paragraphs[i + 1];
            if (title.Lines.Count != 1 || next.Lines.Count != 1 || title.Text.Length < 3 || title.Text.Length > MaxTitleLength * 2)
            {
                continue;
            }

            if (next.Text.Length > title.Text.Length && next.Text.StartsWith(title.Text, StringComparison.Ordinal)
                && char.IsWhiteSpace(next.Text[title.Text.Length]))
            {
                var rest = next.Text[title.Text.Length..].Trim();
                if (rest.Length <= 40 && rest.Any(char.IsAsciiDigit))
                {
                    return (i, rest);
                }
            }
        }

        return null;
    }
}
