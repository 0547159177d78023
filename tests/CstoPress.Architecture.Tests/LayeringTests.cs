using System.Reflection;
using CstoPress.Core.Publications;
using CstoPress.Data;
using CstoPress.Web.Hosting;
using NetArchTest.Rules;

namespace CstoPress.Architecture.Tests;

/// <summary>Dependencies point one way, Web → Data → Core, and only Data speaks to the database.</summary>
public class LayeringTests
{
    private static readonly Assembly Core = typeof(Publication).Assembly;
    private static readonly Assembly Data = typeof(CstoPressDbContext).Assembly;
    private static readonly Assembly Web = typeof(WebHosting).Assembly;

    private static readonly string[] DatabaseAccess = ["Microsoft.EntityFrameworkCore", "Npgsql", typeof(CstoPressDbContext).FullName!];

    /// <summary>
    /// Registering the database is the one thing Web must say to it: AddDbContext, AddEntityFrameworkStores,
    /// PersistKeysToDbContext and AddDbContextCheck all name the context. That is done by the start-up
    /// extension classes, named *Hosting, of these namespaces; any other Web type asks a Data type instead.
    /// </summary>
    private static readonly string[] RegistrationNamespaces = ["CstoPress.Web.Hosting", "CstoPress.Web.Accounts"];

    [Fact]
    public void CoreKnowsNeitherTheWebNorTheDatabase()
    {
        var result = Types.InAssembly(Core).ShouldNot()
            .HaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Npgsql", "CstoPress.Data", "CstoPress.Web")
            .GetResult();

        Offenders.NoneOf(Named(result), "Core types that use ASP.NET Core, EF Core, Npgsql, Data or Web");
    }

    [Fact]
    public void DataKnowsNothingOfTheWeb()
    {
        var result = Types.InAssembly(Data).ShouldNot().HaveDependencyOn("CstoPress.Web").GetResult();

        Offenders.NoneOf(Named(result), "Data types that use CstoPress.Web");
    }

    [Fact]
    public void WebReachesTheDatabaseOnlyThroughData()
    {
        var result = Types.InAssembly(Web).ShouldNot().HaveDependencyOnAny(DatabaseAccess).GetResult();

        Offenders.NoneOf(
            Named(result).Where(name => !IsRegistration(name)),
            "Web types that use the DbContext, EF Core or Npgsql outside the registration of services: give them a Data repository");
    }

    /// <summary>
    /// The same rule read in the source: the assembly check cannot see the type a catch clause names
    /// (catch (DbUpdateConcurrencyException)), the source can.
    /// </summary>
    [Fact]
    public void WebSourceNamesNoDatabaseLibraryOutsideRegistration()
    {
        var offenders =
            from file in SourceFiles.Under(".cs", ".cshtml")
            let path = SourceFiles.Relative(file)
            where path.StartsWith("src/CstoPress.Web/", StringComparison.Ordinal) && !IsRegistrationFile(path)
            where File.ReadLines(file).Any(line => line.Contains("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || line.Contains("Npgsql", StringComparison.Ordinal))
            select path;

        Offenders.NoneOf(offenders, "Web files that name EF Core or Npgsql outside the registration of services: give them a Data repository");
    }

    /// <summary>The failing types by the type a reader wrote: a lambda's or an async method's hidden class counts as its outer type.</summary>
    private static IEnumerable<string> Named(TestResult result) =>
        (result.FailingTypes ?? []).Select(Outermost).Select(type => type.FullName ?? type.Name);

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static bool IsRegistration(string typeName) =>
        RegistrationNamespaces.Any(ns => typeName.StartsWith(ns + ".", StringComparison.Ordinal)
                                         && !typeName[(ns.Length + 1)..].Contains('.', StringComparison.Ordinal))
        && typeName.EndsWith("Hosting", StringComparison.Ordinal);

    /// <summary>A *Hosting.cs file directly in the folder of a registration namespace.</summary>
    private static bool IsRegistrationFile(string path) =>
        RegistrationNamespaces.Select(ns => "src/CstoPress.Web/" + ns["CstoPress.Web.".Length..].Replace('.', '/') + "/")
            .Any(folder => path.StartsWith(folder, StringComparison.Ordinal)
                           && !path[folder.Length..].Contains('/', StringComparison.Ordinal)
                           && path.EndsWith("Hosting.cs", StringComparison.Ordinal));
}
