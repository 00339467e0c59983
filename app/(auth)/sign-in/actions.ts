"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { publicAction } from "@/lib/actions";
import { clientAddress } from "@/lib/http/client-address";
import { beginPasskeySignIn } from "@/lib/passkeys/prompts";

export const passkeySignInOptionsAction = publicAction(z.object({}), async () => beginPasskeySignIn(clientAddress(await headers())));
