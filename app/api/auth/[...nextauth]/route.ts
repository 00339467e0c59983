import { handleAuthGet, handleAuthPost, type AuthRouteContext } from "@/lib/auth/auth-route";
import { publicRoute } from "@/lib/routes";

export const GET = publicRoute<AuthRouteContext>(handleAuthGet);
export const POST = publicRoute<AuthRouteContext>(handleAuthPost);
