import { NotFoundError, ValidationError } from './errors.js';
import type { InvoiceRepository } from './invoice-repository.js';
import type { PdfRenderer } from './pdf-renderer.js';
import type { Mailer } from './mailer.js';

export interface Invoice {
  id: string;
  customerEmail: string;
  amountCents: number;
  issuedAt: string;
  sentAt?: string;
}

function formatAmount(amountCents: number): string {
  return `${(amountCents / 100).toFixed(2)} EUR`;
}

export class InvoiceService {
  constructor(
    private readonly invoices: InvoiceRepository,
    private readonly renderer: PdfRenderer,
    private readonly mailer: Mailer,
  ) {}

  async getInvoice(invoiceId: string): Promise<Invoice> {
    const invoice = await this.invoices.findById(invoiceId);
    if (!invoice) throw new NotFoundError(`invoice ${invoiceId}`);
    return invoice;
  }

  async issueInvoice(customerEmail: string, amountCents: number): Promise<Invoice> {
    if (amountCents <= 0) throw new ValidationError('amount must be positive');
    const invoice: Invoice = { id: crypto.randomUUID(), customerEmail, amountCents, issuedAt: new Date().toISOString() };
    await this.invoices.insert(invoice);
    return invoice;
  }

  async sendInvoice(invoiceId: string): Promise<Invoice> {
    const invoice = await this.getInvoice(invoiceId);
    const pdf = await this.renderer.render('invoice', { ...invoice, amount: formatAmount(invoice.amountCents) });
    try {
      await this.mailer.send(invoice.customerEmail, `Invoice ${invoice.id}`, pdf);
    } catch (error) {
      throw new ValidationError(`could not send invoice ${invoice.id}: ${String(error)}`);
    }
    const sent = { ...invoice, sentAt: new Date().toISOString() };
    await this.invoices.save(sent);
    return sent;
  }

  async resendOverdue(now: Date): Promise<number> {
    const overdue = await this.invoices.findUnsentBefore(now);
    let count = 0;
    for (const invoice of overdue) {
      await this.sendInvoice(invoice.id);
      count++;
    }
    return count;
  }

  async totalIssued(customerEmail: string): Promise<number> {
    const all = await this.invoices.findByCustomer(customerEmail);
    return all.reduce((sum, invoice) => sum + invoice.amountCents, 0);
  }
}
