namespace CstoPress.Core.Tests.Import;

/// <summary>
/// A saved page and what importing it must give, whoever knows it: the page generator, a person who wrote a
/// fixture, or what can be told from a saved sample itself.
/// </summary>
/// <param name="Photos">The photo names the page refers to, in their order, each to be kept as a photo awaiting its file.</param>
/// <param name="ReaderLines">Lines of the item's own text, each to reach readers whole (photo names taken off).</param>
/// <param name="Boilerplate">The old site's paragraphs on the page (teasers, links), none of which may reach readers.</param>
/// <param name="Title">The title, where it is known; <see cref="Date"/> is checked with it.</param>
internal sealed record ExpectedPage(
    string Name,
    string Text,
    IReadOnlyList<string> Photos,
    IReadOnlyList<string> ReaderLines,
    IReadOnlyList<string> Boilerplate,
    ExpectedSignature? Signature,
    string? Title = null,
    DateOnly? Date = null);

/// <summary>Whose signature the page carries, and what it says.</summary>
/// <param name="Person">Who signed: pages of one person must share one press contact, pages of two must not.</param>
/// <param name="Lines">The signature's lines as printed, none of which may stay in the text.</param>
/// <param name="Reading">What the importer must read from it, where that is known.</param>
internal sealed record ExpectedSignature(string Person, IReadOnlyList<string> Lines, PressSignature? Reading);
