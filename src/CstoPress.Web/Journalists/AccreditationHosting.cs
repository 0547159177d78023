namespace CstoPress.Web.Journalists;

/// <summary>Journalists' accreditation: the request form's stamp, the confirmation link, the accounts and the decision mail.</summary>
public static class AccreditationHosting
{
    public static WebApplicationBuilder AddCstoPressAccreditation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RegistrationFormToken>();
        builder.Services.AddScoped<EmailConfirmation>();
        builder.Services.AddScoped<AccreditationRegistration>();
        builder.Services.AddScoped<JournalistAccounts>();
        builder.Services.AddScoped<DecisionMail>();
        return builder;
    }
}
