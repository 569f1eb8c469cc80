/**
 * Pub/Sub resource names and the errors Google's Pub/Sub sends about them. Topic and subscription ids
 * start with a letter, hold letters, digits and `-_.~+%`, are 3–255 long and never start with `goog`
 * (cloud.google.com/pubsub/docs/admin#resource_names).
 */
import { GoogleApiError, invalidArgument } from '../http/google-error';

const RESOURCE_ID = /^[A-Za-z][-A-Za-z0-9_.~+%]{2,254}$/;

/** The collections a Pub/Sub name can live in. */
export type PubsubCollection = 'topics' | 'subscriptions';

/** `projects/{project}/{collection}/{id}`, checked as Google checks it (400 on a bad id). */
export function pubsubName(project: string, collection: PubsubCollection, id: string): string {
  const name = `projects/${project}/${collection}/${id}`;
  if (!RESOURCE_ID.test(id) || id.toLowerCase().startsWith('goog')) throw invalidArgument(`Invalid [${collection}] name: (name=${name})`);
  return name;
}

/** Splits a full topic name (`projects/p/topics/t`) into its parts; 400 when it is not one. */
export function parseTopicName(name: string): { project: string; id: string } {
  const match = /^projects\/([^/]+)\/topics\/([^/]+)$/.exec(name);
  if (match === null) throw invalidArgument(`Invalid [topics] name: (name=${name})`);
  pubsubName(match[1]!, 'topics', match[2]!);
  return { project: match[1]!, id: match[2]! };
}

/** The last segment of a resource name. */
export const idOf = (name: string): string => name.slice(name.lastIndexOf('/') + 1);

/** 404 for a topic or subscription that does not exist. */
export const resourceNotFound = (name: string): GoogleApiError => new GoogleApiError('NOT_FOUND', `Resource not found (resource=${idOf(name)}).`);

/** 409 for a create whose name is taken. */
export const resourceExists = (name: string): GoogleApiError => new GoogleApiError('ALREADY_EXISTS', `Resource already exists in the project (resource=${idOf(name)}).`);

/** 404 for a project the emulator does not know. */
export const projectNotFound = (project: string): GoogleApiError =>
  new GoogleApiError('NOT_FOUND', `Requested project not found or user does not have access to it (project=${project}). Make sure to specify the unprefixed project id.`);

/** The topic name a subscription keeps once its topic was deleted. */
export const DELETED_TOPIC = '_deleted-topic_';
