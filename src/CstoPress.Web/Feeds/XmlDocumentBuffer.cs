using System.Xml;
using Microsoft.IO;

namespace CstoPress.Web.Feeds;

/// <summary>
/// A feed or sitemap as written, held in pooled memory that goes back to the pool once the response has
/// been sent (<see cref="XmlResponses"/> registers it for disposal). A feed of fifty items with their
/// bodies runs past a hundred kilobytes: written into a MemoryStream that doubled as it grew and then
/// copied out, every request left several arrays on the large object heap, and under load those forced a
/// full collection several times a second. RecyclableMemoryStream is the .NET team's pool for exactly this.
/// </summary>
public sealed class XmlDocumentBuffer : IDisposable
{
    /// <summary>
    /// Bounded, so that a burst of feed requests does not leave its memory held for good: what the pool
    /// keeps free is about what 64 feeds at once take.
    /// </summary>
    private static readonly RecyclableMemoryStreamManager Pool = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = 128 * 1024,
        LargeBufferMultiple = 256 * 1024,
        MaximumBufferSize = 16 * 1024 * 1024,
        MaximumSmallPoolFreeBytes = 16 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 16 * 1024 * 1024,
    });

    private readonly RecyclableMemoryStream stream;

    private XmlDocumentBuffer(RecyclableMemoryStream stream) => this.stream = stream;

    public static XmlDocumentBuffer Write(XmlWriterSettings settings, Action<XmlWriter> write)
    {
        var stream = Pool.GetStream("xml-document");
        try
        {
            using (var writer = XmlWriter.Create(stream, settings))
            {
                write(writer);
            }

            return new XmlDocumentBuffer(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The document's bytes; valid until it is disposed.</summary>
    public ReadOnlyMemory<byte> Bytes => stream.GetBuffer().AsMemory(0, (int)stream.Length);

    public void Dispose() => stream.Dispose();
}
