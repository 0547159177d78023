namespace CstoPress.Web.Organization;

/// <summary>The register of the Organization's bodies, meetings and documents: its services.</summary>
public static class RegisterHosting
{
    public static IServiceCollection AddCstoPressRegister(this IServiceCollection services) =>
        services.AddSingleton<MeetingCalendarWriter>().AddSingleton<DocumentFeedWriter>();
}
