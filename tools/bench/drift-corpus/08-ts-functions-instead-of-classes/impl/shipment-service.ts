import { NotFoundError, ValidationError } from './errors.js';
import type { ShipmentRepository } from './shipment-repository.js';

export interface Shipment {
  id: string;
  orderId: string;
  carrier: string;
  trackingCode?: string;
}

export async function getShipment(shipments: ShipmentRepository, shipmentId: string): Promise<Shipment> {
  const shipment = await shipments.findById(shipmentId);
  if (!shipment) throw new NotFoundError(`shipment ${shipmentId}`);
  return shipment;
}

export async function assignTracking(shipments: ShipmentRepository, shipmentId: string, trackingCode: string): Promise<Shipment> {
  if (!/^[A-Z0-9]{8,}$/.test(trackingCode)) throw new ValidationError('invalid tracking code');
  const shipment = await getShipment(shipments, shipmentId);
  const updated = { ...shipment, trackingCode };
  await shipments.save(updated);
  return updated;
}

export async function changeCarrier(shipments: ShipmentRepository, shipmentId: string, carrier: string): Promise<Shipment> {
  const shipment = await getShipment(shipments, shipmentId);
  const updated = { ...shipment, carrier, trackingCode: undefined };
  await shipments.save(updated);
  return updated;
}

export async function cancelShipment(shipments: ShipmentRepository, shipmentId: string): Promise<void> {
  await getShipment(shipments, shipmentId);
  await shipments.remove(shipmentId);
}
