using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CommunityVoice.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Roadmap : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BacklogItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Problem = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Agencies = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Datasets = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DataNotCollectedYet = table.Column<bool>(type: "boolean", nullable: false),
                    PrivacyReview = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Owner = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Horizon = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WhatChanged = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClusterName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Score = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BacklogItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnsubscribeTokens",
                columns: table => new
                {
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnsubscribeTokens", x => x.TokenHash);
                });

            migrationBuilder.CreateTable(
                name: "BacklogChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    What = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    From = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    To = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Why = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BacklogChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BacklogChanges_BacklogItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "BacklogItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BacklogSubmissions",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BacklogSubmissions", x => new { x.ItemId, x.SubmissionId });
                    table.ForeignKey(
                        name: "FK_BacklogSubmissions_BacklogItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "BacklogItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BacklogSubmissions_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BacklogChanges_ItemId",
                table: "BacklogChanges",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_BacklogItems_Status_Horizon",
                table: "BacklogItems",
                columns: new[] { "Status", "Horizon" });

            migrationBuilder.CreateIndex(
                name: "IX_BacklogSubmissions_SubmissionId",
                table: "BacklogSubmissions",
                column: "SubmissionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BacklogChanges");

            migrationBuilder.DropTable(
                name: "BacklogSubmissions");

            migrationBuilder.DropTable(
                name: "UnsubscribeTokens");

            migrationBuilder.DropTable(
                name: "BacklogItems");
        }
    }
}
