/** Stands in for the SDK's event-stream codecs in the bundles: STS and ECR have no event-stream operations. */
const absent = () => {
  throw new Error('event streams are not part of this step');
};
export class EventStreamSerde {
  constructor() {
    absent();
  }
}
export const eventStreamSerdeProvider = absent;
