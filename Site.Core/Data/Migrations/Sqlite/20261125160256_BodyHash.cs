using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityVoice.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BodyHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BodyHash",
                table: "Submissions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_BodyHash_CreatedAt",
                table: "Submissions",
                columns: new[] { "BodyHash", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_BodyHash_CreatedAt",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "BodyHash",
                table: "Submissions");
        }
    }
}
