using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CstoPress.Core.Markdown;

/// <summary>
/// How large and how deeply nested a body may be. Markdown rendering and HTML sanitizing grow with
/// size and nesting, so an absurd body (a pasted log, a thousand nested quotes) is refused on save
/// with a message rather than slowing every page that shows it. The defaults leave ample room for
/// the longest speech; both are configurable.
/// </summary>
public sealed record BodyLimits
{
    public int MaxLength { get; init; } = 100_000;

    public int MaxNestingDepth { get; init; } = 20;

    /// <summary>What is wrong with a body, in words for the editor; empty when it is within the limits.</summary>
    public IReadOnlyList<string> Check(string? body, MarkdownPipeline pipeline)
    {
        if (string.IsNullOrEmpty(body))
        {
            return [];
        }

        if (body.Length > MaxLength)
        {
            return [$"The text is {body.Length:N0} characters long; the limit is {MaxLength:N0}. Split it into several publications or shorten it."];
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, pipeline);
        }
        catch (ArgumentException)
        {
            return [$"The text nests quotes, lists or emphasis too deeply; at most {MaxNestingDepth} levels are allowed."];
        }

        var depth = document.Descendants().Max(node => (int?)DepthOf(node)) ?? 0;
        return depth > MaxNestingDepth
            ? [$"The text nests quotes, lists or emphasis {depth} levels deep; at most {MaxNestingDepth} levels are allowed."]
            : [];
    }

    private static int DepthOf(MarkdownObject node)
    {
        var depth = 0;
        for (var current = node; current is not null; depth++)
        {
            current = current switch
            {
                Inline inline => (MarkdownObject?)inline.Parent ?? Block(inline),
                Block block => block.Parent,
                _ => null,
            };
        }

        return depth;
    }

    /// <summary>The block that holds an inline at the top of its inline tree.</summary>
    private static LeafBlock? Block(Inline inline) =>
        inline is ContainerInline { ParentBlock: { } block } ? block : null;
}
