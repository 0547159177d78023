using System.Security.Cryptography;
using System.Text;

namespace CstoPress.Core.Import;

/// <summary>One block of a saved page between blank lines, with its lines trimmed.</summary>
public sealed class ArchiveParagraph(IReadOnlyList<string> lines)
{
    private string? _fingerprint;

    public IReadOnlyList<string> Lines { get; } = lines;

    public string Text => string.Join(' ', Lines);

    /// <summary>
    /// Identifies the paragraph whatever its spacing or letter case, so the same teaser saved on
    /// two days is recognised as the same.
    /// </summary>
    public string Fingerprint => _fingerprint ??= FingerprintOf(Text);

    public static string FingerprintOf(string text)
    {
        var normalized = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)).AsSpan(0, 16));
    }

    public static IReadOnlyList<ArchiveParagraph> Split(string text)
    {
        var paragraphs = new List<ArchiveParagraph>();
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
            }
            else
            {
                lines.Add(line);
            }
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (lines.Count > 0)
            {
                paragraphs.Add(new ArchiveParagraph([.. lines]));
                lines.Clear();
            }
        }
    }
}
