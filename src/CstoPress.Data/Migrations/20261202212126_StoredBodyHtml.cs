using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CstoPress.Data.Migrations
{
    /// <inheritdoc />
    public partial class StoredBodyHtml : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Filled for the rows already there by DatabaseMigrations.MigrateAsync right after (Markdig does not run in SQL).
            migrationBuilder.AddColumn<string>(
                name: "body_html",
                table: "publications",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "body_html",
                table: "publications");
        }
    }
}
