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
        try
        {
            return Read(name, paragraphs, knowledge);
        }
        catch (RegexMatchTimeoutException)
        {
            return ArchivePageReading.Failed(name, "a rule of the importer ran out of time reading this page");
        }
    }

    private static ArchivePageReading Read(string name, IReadOnlyList<ArchiveParagraph> paragraphs, BoilerplateKnowledge knowledge)
    {
        var end = paragraphs.Count;
        while (end > 0 && IsTrailingBoilerplate(paragraphs[end - 1], knowledge))
        {
            end--;
        }

        var reasons = new List<string>();
        var head = FindTitleAndDateLine(paragraphs, end) is { } pair
            ? HeadOfDatedTitle(paragraphs, pair, reasons)
            : HeadOfFirstParagraphs(paragraphs, end, knowledge, reasons);
        if (head is null)
        {
            return ArchivePageReading.Failed(name, paragraphs.Count == 0
                ? "no text"
                : "only the old site's repeated teasers and navigation, no publication");
        }

        var (body, photos) = TakePhotos(paragraphs.Skip(head.Start).Take(end - head.Start));
        var signature = TakeSignature(body);
        var title = FinalTitle(head.Title, body, name, reasons);
        if (body.Count == 0)
        {
            reasons.Add("the page has a title but no text");
        }

        return new ArchivePageReading(name, Compose(title, head.Date, body, signature, photos, reasons), null);
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

    /// <summary>Where the item starts, and the title and date found above it (either may be missing).</summary>
    private sealed record PageHead(string? Title, DateOnly? Date, int Start);

    private static PageHead HeadOfDatedTitle(IReadOnlyList<ArchiveParagraph> paragraphs, (int Index, string DateText) pair, List<string> reasons)
    {
        if (ArchiveDate.TryRead(pair.DateText, out var read))
        {
            return new PageHead(paragraphs[pair.Index].Text, read, pair.Index + 2);
        }

        reasons.Add($"the date '{pair.DateText}' is not in a recognised format");
        return new PageHead(paragraphs[pair.Index].Text, null, pair.Index + 2);
    }

    /// <summary>Without the title repeated with its date: the first paragraph past the teasers, and a date line under it; null when nothing is left.</summary>
    private static PageHead? HeadOfFirstParagraphs(
        IReadOnlyList<ArchiveParagraph> paragraphs, int end, BoilerplateKnowledge knowledge, List<string> reasons)
    {
        var start = 0;
        while (start < end && knowledge.IsBoilerplate(paragraphs[start]))
        {
            start++;
        }

        if (start == end)
        {
            return null;
        }

        var first = paragraphs[start];
        if (first.Lines.Count == 1 && ArchiveDate.TitleWithDate.Match(first.Text) is { Success: true } dated
            && ArchiveDate.TryRead(dated.Groups["date"].Value, out var read))
        {
            return new PageHead(dated.Groups["title"].Value, read, start + 1);
        }

        if (first.Lines.Count == 1 && first.Text.Length <= LongestTitle && start + 1 < end)
        {
            var next = paragraphs[start + 1].Text;
            if (ArchiveDate.LooksLikeDate(next) && ArchiveDate.TryRead(next, out var alone))
            {
                return new PageHead(first.Text, alone, start + 2);
            }

            if (ArchiveDate.LooksLikeDate(next))
            {
                reasons.Add($"the date '{next}' is not in a recognised format");
                return new PageHead(first.Text, null, start + 2);
            }

            reasons.Add("no date line under the title");
            return new PageHead(first.Text, null, start + 1);
        }

        reasons.Add("no title found (the working title is the start of the text)");
        reasons.Add("no date line under the title");
        return new PageHead(null, null, start);
    }

    /// <summary>The photo file names the text refers to, and the text without them.</summary>
    private static (List<ArchiveParagraph> Body, List<string> Photos) TakePhotos(IEnumerable<ArchiveParagraph> paragraphs)
    {
        var body = new List<ArchiveParagraph>();
        var photos = new List<string>();
        foreach (var paragraph in paragraphs)
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

        return (body, photos);
    }

    /// <summary>
    /// The press office's signature, taken out of the body: the last paragraph or the last but one, with the
    /// paragraph above it when the name stands there and the phone or e-mail under it.
    /// </summary>
    private static PressSignature? TakeSignature(List<ArchiveParagraph> body)
    {
        for (var end = body.Count - 1; end >= Math.Max(0, body.Count - 2); end--)
        {
            if (PressSignature.Read(body[end]) is not { } signature)
            {
                continue;
            }

            var start = end;
            if (signature.Name is null && end > 0 && PressSignature.Read(body[end - 1]) is { Name: not null } above)
            {
                signature = above.With(signature);
                start--;
            }

            body.RemoveRange(start, end - start + 1);
            return signature;
        }

        return null;
    }

    /// <summary>The title found, or the start of the text as a working title, within the column's length.</summary>
    private static string FinalTitle(string? found, List<ArchiveParagraph> body, string name, List<string> reasons)
    {
        var title = found;
        if (title is null)
        {
            var opening = body.Count > 0 ? body[0].Text : name;
            title = opening.Length <= 80 ? opening : opening[..80].TrimEnd() + "…";
        }

        if (title.Length > MaxTitleLength)
        {
            title = title[..(MaxTitleLength - 1)] + "…";
            reasons.Add("the title was longer than 500 characters and was cut");
        }

        return title;
    }

    private static ArchivePage Compose(
        string title, DateOnly? date, List<ArchiveParagraph> body, PressSignature? signature, List<string> photos, List<string> reasons)
    {
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

        var blocks = SpeechBlocks(speech);
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

        return new ArchivePage(
            title, date, language, kind, kindReason, lead, string.Join("\n\n", blocks),
            AgencyAttribution.Find(opening), originalLanguage, signature, photos, speech, reasons);
    }

    private static List<string> SpeechBlocks(SpeechHeader speech)
    {
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
        return blocks;
    }
}
