namespace CstoPress.Data.Configurations;

public class ChangeNoteConfiguration : IEntityTypeConfiguration<ChangeNote>
{
    public void Configure(EntityTypeBuilder<ChangeNote> builder)
    {
        builder.ToTable("change_notes");
        builder.Property(n => n.Note).HasMaxLength(1000);
        builder.HasIndex(n => n.ChangedAt);
    }
}
