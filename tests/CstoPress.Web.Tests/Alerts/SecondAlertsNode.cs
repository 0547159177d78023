using Microsoft.AspNetCore.Hosting;

namespace CstoPress.Web.Tests.Alerts;

/// <summary>Another web node on the same database, clock and SMTP server, with a sender of its own.</summary>
public sealed class SecondAlertsNode : AlertsPortal
{
    private readonly AlertsPortal _first;

    public SecondAlertsNode(AlertsPortal first)
    {
        _first = first;
        Clock.Now = first.Clock.Now;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Default", _first.ConnectionString);
        SendMailTo(builder, _first.Smtp.Port);
        builder.UseSetting("Alerts:BatchSize", "5");
    }
}
