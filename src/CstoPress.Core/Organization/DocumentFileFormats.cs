namespace CstoPress.Core.Organization;

/// <summary>
/// What an attached file is, decided by its first bytes and never by its name alone: a PDF begins "%PDF-";
/// a DOCX is a ZIP archive ("PK\3\4") whose name says .docx, since other ZIPs begin the same way.
/// </summary>
public static class DocumentFileFormats
{
    public static FileFormat? Of(ReadOnlySpan<byte> content, string fileName)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return FileFormat.Pdf;
        }

        return content.StartsWith("PK\u0003\u0004"u8) && fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
            ? FileFormat.Docx
            : null;
    }

    /// <summary>The name as stored and offered for download: no folders, nothing an address or a header cannot carry.</summary>
    public static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        var clean = new string([.. name.Select(c => char.IsControl(c) || c is '"' or '/' or '?' or '#' or '%' ? '_' : c)]);
        return clean.Length switch
        {
            0 => "document",
            > 200 => clean[^200..],
            _ => clean,
        };
    }
}
