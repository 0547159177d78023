namespace CstoPress.Web.Publishing;

public static class PublishingHosting
{
    public static WebApplicationBuilder AddCstoPressPublishing(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(PublishingOptions.SectionName);
        builder.Services.Configure<PublishingOptions>(section);
        builder.Services.AddScoped<ScheduledPublishing>();
        builder.Services.AddScoped<TrashPurging>();

        // The tests run the scheduler's rounds themselves, against their own clock.
        var runScheduler = section.GetValue<bool?>(nameof(PublishingOptions.RunScheduler)) ?? !builder.Environment.IsEnvironment("Testing");
        if (runScheduler)
        {
            builder.Services.AddHostedService<ScheduledPublisher>();
        }

        return builder;
    }
}
