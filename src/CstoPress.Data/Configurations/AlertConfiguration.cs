using CstoPress.Core.Alerts;

namespace CstoPress.Data.Configurations;

public class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.ToTable("alerts");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Subject).HasMaxLength(300);
        builder.Property(a => a.HeldBy).HasMaxLength(256);
        builder.HasIndex(a => a.SendAfter).HasFilter("given_out_at IS NULL");
        builder.HasIndex(a => new { a.PublicationId, a.CreatedAt });
        builder.HasOne<Publication>().WithMany().HasForeignKey(a => a.PublicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
