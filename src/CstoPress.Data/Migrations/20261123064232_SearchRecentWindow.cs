using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CstoPress.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchRecentWindow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_publications_published_at_id",
                table: "publications",
                columns: new[] { "published_at", "id" },
                descending: new bool[0],
                filter: "status = 'Published' AND deleted_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_publications_published_at_id",
                table: "publications");
        }
    }
}
