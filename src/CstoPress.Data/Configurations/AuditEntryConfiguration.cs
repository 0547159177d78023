using CstoPress.Core.Auditing;

namespace CstoPress.Data.Configurations;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(50);
        builder.Property(a => a.Subject).HasMaxLength(500);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.PublicationId);
        builder.Property(a => a.RegisterKind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.RegisterKind, a.RegisterEntryId });
    }
}
