import { SetMetadata } from '@nestjs/common';

/** Where the document builder finds that a public route takes an erasure's receipt. */
export const RECEIPT_AUTH = 'pollen:openapi:receipt';

/** The security scheme of `Authorization: Receipt <token>`, as the document declares it. */
export const RECEIPT_SCHEME = 'receipt';

/**
 * A public route that authenticates its caller by an erasure's receipt (`Authorization: Receipt
 * <token>`), not by an access token: the account is gone, the receipt is all its holder has.
 */
export const ApiReceiptAuth = (): MethodDecorator => SetMetadata(RECEIPT_AUTH, true);
