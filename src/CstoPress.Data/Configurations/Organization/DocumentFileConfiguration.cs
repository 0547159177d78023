namespace CstoPress.Data.Configurations.Organization;

public class DocumentFileConfiguration : IEntityTypeConfiguration<DocumentFile>
{
    public void Configure(EntityTypeBuilder<DocumentFile> builder)
    {
        builder.ToTable("document_files");
        builder.Property(f => f.FileName).HasMaxLength(300);
        builder.Property(f => f.Format).HasConversion<string>().HasMaxLength(10);
    }
}
