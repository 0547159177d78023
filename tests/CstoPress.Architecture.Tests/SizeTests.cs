using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CstoPress.Architecture.Tests;

/// <summary>The house limits that keep each file and method readable at one sitting.</summary>
public class SizeTests
{
    private const int MaxFileLines = 300;
    private const int MaxMethodLines = 60;

    [Fact]
    public void NoSourceFileIsOver300Lines()
    {
        var offenders =
            from file in SourceFiles.Under(".cs", ".cshtml")
            let lines = File.ReadLines(file).Count()
            where lines > MaxFileLines
            select $"{SourceFiles.Relative(file)}: {lines} lines";

        Offenders.NoneOf(offenders, $"Source files over {MaxFileLines} lines, outside Migrations/");
    }

    /// <summary>A method counts from its signature (attributes included, its comment not) to its closing brace.</summary>
    [Fact]
    public void NoMethodIsOver60Lines()
    {
        var offenders =
            from file in SourceFiles.Under(".cs")
            from method in CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>()
            let span = method.GetLocation().GetLineSpan()
            let lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1
            where lines > MaxMethodLines
            select $"{SourceFiles.Relative(file)}:{span.StartLinePosition.Line + 1} {NameOf(method)}: {lines} lines";

        Offenders.NoneOf(offenders, $"Methods over {MaxMethodLines} lines, outside Migrations/");
    }

    private static string NameOf(BaseMethodDeclarationSyntax method)
    {
        var owner = method.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.Text ?? "";
        var name = method switch
        {
            MethodDeclarationSyntax m => m.Identifier.Text,
            ConstructorDeclarationSyntax c => c.Identifier.Text,
            _ => method.Kind().ToString(),
        };
        return $"{owner}.{name}";
    }
}
