using Serilog;
using Serilog.Events;

namespace CstoPress.Web.Hosting;

public static class SerilogSetup
{
    /// <summary>
    /// Logs what happens before the configuration is read, so a failed start is never silent. A plain
    /// logger rather than Serilog's reloadable one: that one can be frozen only once per process, and
    /// the functional tests start many portals in one process.
    /// </summary>
    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();

    public static WebApplicationBuilder AddCstoPressLogging(this WebApplicationBuilder builder)
    {
        // The host's own logger, not the static one: each portal in a process (the tests start many)
        // writes to its own sinks, including the ones its services add.
        builder.Services.AddSerilog((services, configuration) => configuration
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(), preserveStaticLogger: true);
        return builder;
    }
}
