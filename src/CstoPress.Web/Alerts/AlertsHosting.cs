using CstoPress.Web.Mail;

namespace CstoPress.Web.Alerts;

public static class AlertsHosting
{
    public static WebApplicationBuilder AddCstoPressAlerts(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AlertOptions.SectionName);
        builder.Services.Configure<AlertOptions>(section);
        builder.Services.AddSingleton<AlertTokens>();
        builder.Services.AddSingleton<AlertLinks>();
        builder.Services.AddScoped<AlertTopicText>();
        builder.Services.AddScoped<AlertMessages>();
        builder.Services.AddScoped<AlertSending>();

        // The tests run the sender's rounds themselves, against their own clock.
        var runSender = section.GetValue<bool?>(nameof(AlertOptions.RunSender)) ?? !builder.Environment.IsEnvironment("Testing");
        if (runSender)
        {
            builder.Services.AddHostedService<AlertSender>();
        }

        if (builder.Environment.IsProduction() && string.IsNullOrEmpty(builder.Configuration[$"{MailOptions.SectionName}:{nameof(MailOptions.SiteAddress)}"]))
        {
            Serilog.Log.Warning("Mail__SiteAddress is not set: links in alert mail will point at the development address");
        }

        return builder;
    }
}
