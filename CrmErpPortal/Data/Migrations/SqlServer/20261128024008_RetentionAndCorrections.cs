using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RetentionAndCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeidentifiedAt",
                table: "Customers",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LegalHold",
                table: "Customers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "Customers",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeidentifiedAt",
                table: "Contacts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LegalHold",
                table: "Contacts",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "Contacts",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CorrectionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChangeRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FieldName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ValueSought = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    PersonName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PersonReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    LoggedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    LoggedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    LoggedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorrectionRequests_ChangeRequests_ChangeRequestId",
                        column: x => x.ChangeRequestId,
                        principalTable: "ChangeRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CorrectionRequests_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RetentionProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContactId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Category = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Rule = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DueReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DecidedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecisionComment = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RetentionProposals_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CorrectionStatements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CorrectionRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FieldName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Statement = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RefusalReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectionStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorrectionStatements_CorrectionRequests_CorrectionRequestId",
                        column: x => x.CorrectionRequestId,
                        principalTable: "CorrectionRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CorrectionStatements_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionRequests_ChangeRequestId",
                table: "CorrectionRequests",
                column: "ChangeRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionRequests_CustomerId",
                table: "CorrectionRequests",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionStatements_CorrectionRequestId",
                table: "CorrectionStatements",
                column: "CorrectionRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionStatements_CustomerId",
                table: "CorrectionStatements",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionProposals_CustomerId_ContactId",
                table: "RetentionProposals",
                columns: new[] { "CustomerId", "ContactId" });

            migrationBuilder.CreateIndex(
                name: "IX_RetentionProposals_Status_ProposedAt",
                table: "RetentionProposals",
                columns: new[] { "Status", "ProposedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CorrectionStatements");

            migrationBuilder.DropTable(
                name: "RetentionProposals");

            migrationBuilder.DropTable(
                name: "CorrectionRequests");

            migrationBuilder.DropColumn(
                name: "DeidentifiedAt",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "LegalHold",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "LegalHoldReason",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "DeidentifiedAt",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "LegalHold",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "LegalHoldReason",
                table: "Contacts");
        }
    }
}
