namespace CstoPress.Data.Configurations.Organization;

public class DocumentStepConfiguration : IEntityTypeConfiguration<DocumentStep>
{
    public void Configure(EntityTypeBuilder<DocumentStep> builder)
    {
        builder.ToTable("document_steps");
        builder.Property(s => s.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.On).HasColumnName("taken_on");
        builder.Property(s => s.Note).HasMaxLength(2000);
        builder.Property(s => s.RecordedBy).HasMaxLength(256);
        builder.HasOne(s => s.Meeting).WithMany().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => s.MeetingId);
    }
}
