namespace CstoPress.Core.Tests.Import;

/// <summary>Pages as the parser would give them, made by hand so a rule can be tried on one thing at a time.</summary>
internal static class ArchivePages
{
    /// <summary>The moment the tests' runs happen.</summary>
    public static readonly DateTimeOffset Now = new(2024, 7, 26, 9, 0, 0, TimeSpan.Zero);

    public static readonly SpeechHeader NoSpeech = new(null, null, [], null, null, null, null);

    public static ArchivePage Page(
        string title = "Joint exercise of the collective forces",
        DateOnly? date = null,
        PublicationKind kind = PublicationKind.News,
        IReadOnlyList<string>? photos = null,
        IReadOnlyList<string>? reviewReasons = null,
        PressSignature? signature = null) =>
        new(title, date ?? new DateOnly(2023, 5, 14), ContentLanguage.En, kind, "no sign of another kind", "The lead.", "The lead.\n\nThe body.",
            null, null, signature, photos ?? [], NoSpeech, reviewReasons ?? []);

    public static ArchiveFile File(string name, string hash = "aa") => new(Path.Combine("archive", name), name, hash, []);
}
