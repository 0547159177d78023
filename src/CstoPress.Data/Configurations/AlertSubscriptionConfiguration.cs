using CstoPress.Core.Alerts;
using CstoPress.Core.Journalists;

namespace CstoPress.Data.Configurations;

public class AlertSubscriptionConfiguration : IEntityTypeConfiguration<AlertSubscription>
{
    public void Configure(EntityTypeBuilder<AlertSubscription> builder)
    {
        builder.ToTable("alert_subscriptions");
        builder.Property(s => s.Email).HasMaxLength(256);
        builder.Property(s => s.Topic).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.TopicKey).HasMaxLength(200);
        builder.Property(s => s.Language).HasConversion(ContentLanguageConverter.Instance).HasMaxLength(2);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(s => s.Email);
        builder.HasIndex(s => new { s.Topic, s.TopicKey, s.Language }).HasFilter("status = 'Active'");
        builder.HasIndex(s => s.NextDigestAt).HasFilter("next_digest_at IS NOT NULL");
        builder.HasOne<Accreditation>().WithMany().HasForeignKey(s => s.AccreditationId).OnDelete(DeleteBehavior.Cascade);
    }
}
