using CstoPress.Web.Hosting;
using Serilog;

Log.Logger = SerilogSetup.CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddCstoPressLogging();
    await using var database = await builder.AddCstoPressDatabaseAsync();
    builder.AddCstoPressWeb();

    var app = builder.Build();
    if (await CommandLine.TryRunAsync(app, args) is { } exitCode)
    {
        return exitCode;
    }

    await app.PrepareDatabaseAsync();
    app.UseCstoPress();
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "CstoPress stopped: {Reason}", exception.Message);
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
