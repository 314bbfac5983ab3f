/** Runs in every test worker: each secret the emulator mints is registered with the suite-wide secret guard. */
import { onMinted } from '../emulator/minted';
import { registerSecret } from './support/secrets';

onMinted(registerSecret);
