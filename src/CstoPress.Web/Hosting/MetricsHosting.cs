using CstoPress.Web.Metrics;
using OpenTelemetry.Metrics;

namespace CstoPress.Web.Hosting;

/// <summary>
/// Metrics for operators through OpenTelemetry, read by Prometheus from <see cref="MetricsServer"/>: the framework's
/// HTTP and Kestrel meters, Npgsql's (commands and their time, connections), and the portal's own
/// (<see cref="PortalMetrics"/>, <see cref="AlertOutboxGauge"/>). With <c>Metrics:Port</c> 0 nothing listens for them.
/// </summary>
public static class MetricsHosting
{
    /// <summary>The meter Npgsql measures its commands and connections with.</summary>
    public const string NpgsqlMeter = "Npgsql";

    public static WebApplicationBuilder AddCstoPressMetrics(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(MetricsOptions.SectionName);
        builder.Services.Configure<MetricsOptions>(section);
        // Always there: pages and background work count into it, and a count nobody listens to costs nothing.
        builder.Services.AddSingleton<PortalMetrics>();
        if ((section.Get<MetricsOptions>() ?? new MetricsOptions()).Port <= 0)
        {
            return builder;
        }

        builder.Services.AddSingleton<AlertOutboxGauge>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(NpgsqlMeter, PortalMetrics.MeterName)
            .AddPrometheusExporter());
        builder.Services.AddHostedService<MetricsServer>();
        return builder;
    }
}
