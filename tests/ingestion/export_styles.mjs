// One generated export per style in ../shared/FORMATS.md, with what the engine must make of it
// without any manual mapping: the role, key columns, and the outcome counts and bookings.
import { encode } from './encode.mjs';

const rows = (header, lines, { delimiter = ',', newline = '\r\n' } = {}) =>
  [header, ...lines].map((r) => r.join(delimiter)).join(newline) + newline;

export function exportStyles() {
  return [
    {
      name: 'salesforce-report.csv',
      // Locale dates (d/m/y), "USD 485,000.00", 90%, "-" blanks, the same header twice, custom stages.
      bytes: encode(
        rows(
          ['Stage', 'Opportunity Name', 'Account Name', 'Amount', 'Probability (%)', 'Created Date', 'Close Date (2)', 'Close Date', 'Opportunity ID', 'Opportunity ID'],
          [
            ['Won', 'Big', '"Acme, Inc."', '"USD 485,000.00"', '100%', '16/10/2025', '-', '20/11/2025', '0061', '006100000000001AAA'],
            ['Lost', 'Small', 'Beta', '"USD 5,000.00"', '0%', '02/09/2025', '-', '13/10/2025', '0062', '006200000000002AAA'],
            ['Commit & Signing', 'Mid', 'Gamma', '"USD 50,000.00"', '90%', '01/10/2025', '-', '30/12/2025', '0063', '006300000000003AAA'],
            ['Won', 'Other', 'Delta', '-', '100%', '05/10/2025', '-', '25/10/2025', '0064', '006400000000004AAA'],
          ],
        ),
        'utf-8',
      ),
      expect: { role: 'deals', mapping: { stage: 'Stage', amount: 'Amount', close_date: 'Close Date', deal_id: 'Opportunity ID' }, won: 2, lost: 1, open: 1, bookings: 485000, date_order: 'day_first' },
    },
    {
      name: 'salesforce-api.csv',
      bytes: encode(
        rows(
          ['Id', 'IsDeleted', 'AccountId', 'Name', 'StageName', 'Amount', 'CloseDate', 'IsClosed', 'IsWon', 'CreatedDate'],
          [
            ['006A', 'false', '001A', 'Deal A', 'Closed Won', '1200.50', '2024-03-01', 'true', 'true', '2024-01-10T09:00:00.000+0000'],
            ['006B', 'false', '001B', 'Deal B', 'Negotiation/Review', '800', '2024-06-01', 'false', 'false', '2024-02-10T09:00:00.000+0000'],
            ['006C', 'false', '001C', 'Deal C', 'Custom Closed', '300', '2024-03-05', 'true', 'false', '2024-02-11T09:00:00.000+0000'],
          ],
        ),
        'utf-8-bom',
      ),
      expect: { role: 'deals', mapping: { is_won: 'IsWon', is_closed: 'IsClosed', account_id: 'AccountId' }, won: 1, lost: 1, open: 1, bookings: 1200.5 },
    },
    {
      name: 'hubspot-deals.csv',
      bytes: encode(
        rows(
          ['"Record ID"', '"Deal Name"', '"Deal Stage"', '"Close Date"', '"Deal owner"', '"Amount"', '"Currency"', '"Amount in company currency"', '"Create Date"', '"Associated Company IDs"'],
          [
            ['1', 'A', 'Closed Won', '2024-02-01 09:30', 'Ann', '1000', 'EUR', '1100', '2024-01-01 10:00', '77'],
            ['2', 'B', 'Closed Lost', '2024-02-03 09:30', 'Bob', '500', 'USD', '500', '2024-01-02 10:00', '78'],
            ['3', 'C', 'Contract Sent', '', 'Ann', '700', 'USD', '700', '2024-01-05 10:00', '79'],
          ],
        ),
        'utf-8',
      ),
      expect: { role: 'deals', mapping: { stage: 'Deal Stage', amount: 'Amount', currency: 'Currency', created_date: 'Create Date' }, won: 1, lost: 1, open: 1, bookings: 1000 },
    },
    {
      name: 'pipedrive-deals.csv',
      bytes: encode(
        rows(
          ['Deal - Title', 'Deal - Value', 'Deal - Currency of value', 'Deal - Stage', 'Deal - Status', 'Deal - Won time', 'Deal - Closed on', 'Deal - Owner', 'Deal - Organization', 'Deal - ID'],
          [
            ['A', '1000', 'USD', 'Negotiation', 'won', '2024-03-01 10:00:00', '2024-03-01 10:00:00', 'Ann', 'Acme', '1'],
            ['B', '500', 'USD', 'Proposal', 'lost', '', '2024-03-02 10:00:00', 'Bob', 'Beta', '2'],
            ['C', '200', 'USD', 'Proposal', 'open', '', '', 'Bob', 'Gamma', '3'],
            ['D', '900', 'USD', 'Proposal', 'deleted', '', '', 'Bob', 'Delta', '4'],
          ],
        ),
        'utf-8',
      ),
      expect: { role: 'deals', mapping: { status: 'Deal - Status', amount: 'Deal - Value', account_name: 'Deal - Organization' }, won: 1, lost: 1, open: 1, bookings: 1000, rejected: { 'deleted deal': 1 } },
    },
    {
      name: 'zoho-deals.csv',
      // Mixed date and amount formats in one file.
      bytes: encode(
        rows(
          ['Deal Owner', 'Deal Name', 'Account Name', 'Type', 'Lead Source', 'Amount', 'Closing Date', 'Stage', 'Probability', '"Record Id"', '"Account Name.id"'],
          [
            ['Ann', 'A', 'Acme', 'New', 'Web', '"$12,400.00"', '2026-11-15', 'Closed Won', '100', 'z1', 'a1'],
            ['Bob', 'B', 'Beta', 'New', 'Event', '"42,000"', '10/01/2026', 'Closed Lost', '0', 'z2', 'a2'],
            ['Bob', 'C', 'Gamma', 'New', 'Event', '3000', '10/21/2026', 'Closed Won', '100', 'z3', 'a3'],
          ],
        ),
        'utf-8',
      ),
      expect: { role: 'deals', mapping: { close_date: 'Closing Date', account_id: 'Account Name.id', lead_source: 'Lead Source' }, won: 2, lost: 1, open: 0, bookings: 15400 },
    },
    {
      name: 'dynamics-opportunities.csv',
      bytes: encode(
        rows(
          ['(Do Not Modify) Opportunity', '(Do Not Modify) Row Checksum', '(Do Not Modify) Modified On', 'Topic', 'Account', 'Status', 'Status Reason', 'Est. revenue', 'Close Date', 'Probability', 'Created On'],
          [
            ['g1', 'c', '45000', 'T1', 'Acme', 'Won', 'Won', '5000', '45358', '100', '3/1/2024'],
            ['g2', 'c', '45000', 'T2', 'Beta', 'Lost', 'Out-Sold', '7000', '45360', '0', '3/2/2024'],
            ['g3', 'c', '45000', 'T3', 'Gamma', 'Open', 'In Progress', '9000', '45400', '40', '3/3/2024'],
          ],
        ),
        'utf-8',
      ),
      expect: { role: 'deals', mapping: { status: 'Status', amount: 'Est. revenue', close_date: 'Close Date' }, won: 1, lost: 1, open: 1, bookings: 5000 },
    },
    {
      name: 'european-excel.csv',
      bytes: encode(
        rows(
          ['Account Name', 'Stage', 'Amount', 'Created Date', 'Close Date'],
          [
            ['Müller GmbH', 'Closed Won', '"1.234,50 €"', '03.04.2024', '05.05.2024'],
            ['Société Générale', 'Closed Won', '"12.000,00 €"', '01.02.2024', '13.03.2024'],
            ['Ærø ApS', 'Closed Lost', '"900,00 €"', '01.02.2024', '02.03.2024'],
          ],
          { delimiter: ';' },
        ),
        'windows-1252',
      ),
      expect: { role: 'deals', encoding: 'Windows-1252', delimiter: 'semicolon', won: 2, lost: 1, open: 0, bookings: 13234.5, date_order: 'day_first' },
    },
    {
      name: 'excel-unicode-text.txt',
      bytes: encode(
        rows(
          ['Account Name', 'Stage', 'Amount', 'Close Date'],
          [['Zürich AG', 'Closed Won', '1500', '2024-05-01'], ['北京 Ltd', 'Closed Lost', '700', '2024-05-02']],
          { delimiter: '\t' },
        ),
        'utf-16le',
      ),
      expect: { role: 'deals', encoding: 'UTF-16 LE', delimiter: 'tab', won: 1, lost: 1, open: 0, bookings: 1500 },
    },
    {
      name: 'hubspot-deals-api.json',
      bytes: encode(
        JSON.stringify({
          results: [
            { id: '1', properties: { dealname: 'A', dealstage: 'closedwon', amount: '12000', closedate: '2024-02-01T09:30:00Z', createdate: '2024-01-01T09:30:00Z', hs_is_closed_won: 'true' }, associations: { companies: { results: [{ id: '77', type: 'deal_to_company' }] } } },
            { id: '2', properties: { dealname: 'B', dealstage: 'closedlost', amount: '3000', closedate: '2024-02-05T09:30:00Z', createdate: '2024-01-03T09:30:00Z', hs_is_closed_won: 'false' } },
            { id: '3', properties: { dealname: 'C', dealstage: 'appointmentscheduled', amount: null, closedate: null, createdate: '2024-01-09T09:30:00Z', hs_is_closed_won: 'false' } },
          ],
          paging: { next: { after: '3' } },
        }, null, 2),
        'utf-8',
      ),
      expect: { role: 'deals', format: 'json', json_shape: 'hubspot', mapping: { stage: 'dealstage', amount: 'amount', is_won: 'hs_is_closed_won', account_id: 'associations.companies' }, won: 1, lost: 1, open: 1, bookings: 12000 },
    },
    {
      name: 'salesforce-api.json',
      bytes: encode(
        JSON.stringify({
          totalSize: 2,
          done: true,
          records: [
            { attributes: { type: 'Opportunity', url: '/x' }, Id: '006A', StageName: 'Closed Won', Amount: 5000.5, CloseDate: '2024-03-01', CreatedDate: '2024-01-01T00:00:00.000+0000', Account: { attributes: { type: 'Account' }, Name: 'Acme', Industry: 'Software' } },
            { attributes: { type: 'Opportunity', url: '/y' }, Id: '006B', StageName: 'Prospecting', Amount: null, CloseDate: '2024-06-01', CreatedDate: '2024-02-01T00:00:00.000+0000', Account: null },
          ],
        }),
        'utf-8',
      ),
      expect: { role: 'deals', format: 'json', json_shape: 'salesforce', mapping: { stage: 'StageName', account_name: 'Account.Name', industry: 'Account.Industry' }, won: 1, lost: 0, open: 1, bookings: 5000.5 },
    },
    {
      name: 'deals.ndjson',
      bytes: encode('{"stage":"won","value":10,"owner":{"name":"Ann"}}\n\n{"stage":"lost","value":20,"owner":{"name":"Bob"}}\n', 'utf-8'),
      expect: { role: 'deals', format: 'json', json_shape: 'ndjson', mapping: { stage: 'stage', amount: 'value', owner: 'owner.name' }, won: 1, lost: 1, open: 0, bookings: 10 },
    },
    {
      name: 'hubspot-companies.csv',
      bytes: encode(
        rows(
          ['Record ID', 'Company name', 'Company Domain Name', 'Create Date', 'Industry', 'Country/Region', 'Number of Employees', 'Annual Revenue'],
          [['77', 'Acme', 'acme.com', '2023-01-01', 'Software', 'United States', '51-200', '12000000'], ['78', 'Beta', 'beta.io', '2023-02-01', 'Retail', 'Germany', '10K+', '-']],
        ),
        'utf-8',
      ),
      expect: { role: 'accounts', mapping: { account_id: 'Record ID', account_name: 'Company name', employees: 'Number of Employees', country: 'Country/Region' } },
    },
    {
      name: 'stripe-subscriptions.csv',
      bytes: encode(
        rows(
          ['id', 'Customer ID', 'Customer Name', 'Customer Email', 'Status', 'Cancellation Reason', 'Amount', 'Interval', 'Created (UTC)', 'Start (UTC)', 'Current Period Start (UTC)', 'Current Period End (UTC)', 'Canceled At (UTC)', 'Ended At (UTC)', 'plan (metadata)'],
          [
            ['sub_1', 'cus_1', 'Acme', 'a@x', 'active', '', '99.00', 'month', '2024-01-01 10:00', '2024-01-01 10:00', '2024-05-01 10:00', '2024-06-01 10:00', '', '', 'pro'],
            ['sub_2', 'cus_2', 'Beta', 'b@x', 'canceled', 'too expensive', '1200.00', 'year', '2023-01-01 10:00', '2023-01-01 10:00', '2024-01-01 10:00', '2025-01-01 10:00', '2024-03-01 10:00', '2024-03-01 10:00', 'pro'],
          ],
        ),
        'utf-8',
      ),
      expect: { role: 'revenue', mapping: { account_id: 'Customer ID', start_date: 'Start (UTC)', end_date: 'Ended At (UTC)', amount: 'Amount', billing_interval: 'Interval' } },
    },
    {
      name: 'mrr-snapshots.csv',
      bytes: encode(rows(['account_id', 'month', 'mrr_amount'], [['a1', '2024-01', '100'], ['a1', '2024-02', '120']]), 'utf-8'),
      expect: { role: 'revenue', mapping: { account_id: 'account_id', month: 'month', mrr: 'mrr_amount' } },
    },
    {
      name: 'zendesk-tickets.csv',
      bytes: encode(
        rows(
          ['Id', 'Requester', 'Requester id', 'Group', 'Subject', 'Tags', 'Status', 'Priority', 'Via', 'Ticket type', 'Created at', 'Updated at', 'Organization', 'Solved at', 'Satisfaction Score'],
          [['1', 'Ann', '9', 'Support', 'Help', '', 'solved', 'high', 'Mail', 'incident', '2024-02-01 09:30', '2024-02-02 09:30', 'Acme', '2024-02-02 09:30', 'good']],
        ),
        'utf-8',
      ),
      expect: { role: 'tickets', mapping: { ticket_id: 'Id', priority: 'Priority', created_date: 'Created at', account_name: 'Organization' } },
    },
    {
      name: 'marketing-spend.csv',
      bytes: encode(rows(['Month', 'Channel', 'Spend'], [['2024-01', 'Paid Search', '"12,000"'], ['2024-Q2', 'Events', '5000']]), 'utf-8'),
      expect: { role: 'spend', mapping: { period: 'Month', channel: 'Channel', amount: 'Spend' } },
    },
  ];
}
