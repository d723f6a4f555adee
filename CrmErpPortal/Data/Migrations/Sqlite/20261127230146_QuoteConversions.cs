using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuoteConversions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConversionIssues_QuoteId",
                table: "ConversionIssues");

            migrationBuilder.AddColumn<Guid>(
                name: "SalesOrderId",
                table: "ConversionIssues",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CreditRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    QuoteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CrmQuoteId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    CurrencyCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UsedForOrderNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ChangeRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditRequests_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuoteConversions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CrmQuoteId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    CurrencyCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    ErpOrderId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ErpOrderNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CrmOrderId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Exposure = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastRequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FirstAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConvertedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuoteConversions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuoteConversions_Quotes_QuoteId",
                        column: x => x.QuoteId,
                        principalTable: "Quotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConversionIssues_QuoteId_Cause",
                table: "ConversionIssues",
                columns: new[] { "QuoteId", "Cause" },
                unique: true,
                filter: "Status = 'Open' AND QuoteId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ConversionIssues_SalesOrderId_Cause",
                table: "ConversionIssues",
                columns: new[] { "SalesOrderId", "Cause" },
                unique: true,
                filter: "Status = 'Open' AND SalesOrderId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRequests_CrmQuoteId_Status",
                table: "CreditRequests",
                columns: new[] { "CrmQuoteId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRequests_CustomerId",
                table: "CreditRequests",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRequests_Status_RequestedAt",
                table: "CreditRequests",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QuoteConversions_CrmQuoteId",
                table: "QuoteConversions",
                column: "CrmQuoteId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuoteConversions_CustomerId_Status",
                table: "QuoteConversions",
                columns: new[] { "CustomerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_QuoteConversions_LastRequestedBy_LastAttemptAt",
                table: "QuoteConversions",
                columns: new[] { "LastRequestedBy", "LastAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QuoteConversions_QuoteId",
                table: "QuoteConversions",
                column: "QuoteId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ConversionIssues_SalesOrders_SalesOrderId",
                table: "ConversionIssues",
                column: "SalesOrderId",
                principalTable: "SalesOrders",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ConversionIssues_SalesOrders_SalesOrderId",
                table: "ConversionIssues");

            migrationBuilder.DropTable(
                name: "CreditRequests");

            migrationBuilder.DropTable(
                name: "QuoteConversions");

            migrationBuilder.DropIndex(
                name: "IX_ConversionIssues_QuoteId_Cause",
                table: "ConversionIssues");

            migrationBuilder.DropIndex(
                name: "IX_ConversionIssues_SalesOrderId_Cause",
                table: "ConversionIssues");

            migrationBuilder.DropColumn(
                name: "SalesOrderId",
                table: "ConversionIssues");

            migrationBuilder.CreateIndex(
                name: "IX_ConversionIssues_QuoteId",
                table: "ConversionIssues",
                column: "QuoteId");
        }
    }
}
