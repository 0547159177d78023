using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CstoPress.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublishingWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "published_by",
                table: "publications",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "submitted_by",
                table: "publications",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "thumbnail_id",
                table: "photos",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_photos_thumbnail_id",
                table: "photos",
                column: "thumbnail_id");

            migrationBuilder.AddForeignKey(
                name: "fk_photos_stored_images_thumbnail_id",
                table: "photos",
                column: "thumbnail_id",
                principalTable: "stored_images",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_photos_stored_images_thumbnail_id",
                table: "photos");

            migrationBuilder.DropIndex(
                name: "ix_photos_thumbnail_id",
                table: "photos");

            migrationBuilder.DropColumn(
                name: "published_by",
                table: "publications");

            migrationBuilder.DropColumn(
                name: "submitted_by",
                table: "publications");

            migrationBuilder.DropColumn(
                name: "thumbnail_id",
                table: "photos");
        }
    }
}
