namespace CstoPress.Data.Configurations.Organization;

public class MeetingStatusChangeConfiguration : IEntityTypeConfiguration<MeetingStatusChange>
{
    public void Configure(EntityTypeBuilder<MeetingStatusChange> builder)
    {
        builder.ToTable("meeting_status_changes");
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.Property(c => c.By).HasMaxLength(256);
    }
}
