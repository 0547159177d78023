using CstoPress.Core.Alerts;

namespace CstoPress.Data.Configurations;

public class AlertDeliveryConfiguration : IEntityTypeConfiguration<AlertDelivery>
{
    public void Configure(EntityTypeBuilder<AlertDelivery> builder)
    {
        builder.ToTable("alert_deliveries");
        builder.Property(d => d.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        // The senders' one question: what is waiting and due, oldest first.
        builder.HasIndex(d => new { d.NextAttemptAt, d.Id }).HasFilter("status = 'Waiting'");
        builder.HasIndex(d => d.AlertId);
        builder.HasIndex(d => d.SubscriptionId);
        builder.HasOne(d => d.Subscription).WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Alert).WithMany().HasForeignKey(d => d.AlertId).OnDelete(DeleteBehavior.Cascade);
    }
}
