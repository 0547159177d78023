namespace CstoPress.Web.Mail;

public static class MailHosting
{
    public static WebApplicationBuilder AddCstoPressMail(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MailOptions>(builder.Configuration.GetSection(MailOptions.SectionName));
        builder.Services.AddSingleton<IMailSender, SmtpMailSender>();
        return builder;
    }
}
