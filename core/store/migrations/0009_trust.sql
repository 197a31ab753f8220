-- Schema 9: sync trust (docs/sync.md, Trust). Each device's log is a hash chain; the signed heads that vouch for
-- ranges of it are kept so that they can be relayed; enrolments carry a scope (a unit or a coach), a revocation is
-- final and remembers how far the revoked device's log was genuine; a store has one enroller.
ALTER TABLE oplog ADD COLUMN prev_hash BLOB;
ALTER TABLE oplog ADD COLUMN hash BLOB;

-- A device's signature over the hash of its operation (device, incarnation, seq): it vouches for every operation of
-- that device up to seq, whoever relays them.
CREATE TABLE sync_heads (
    device_id TEXT NOT NULL,
    incarnation INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    hash BLOB NOT NULL,
    signature BLOB NOT NULL,
    PRIMARY KEY (device_id, incarnation, seq)
);

ALTER TABLE sync_devices ADD COLUMN scope_coach TEXT;
ALTER TABLE sync_devices ADD COLUMN revoked_after INTEGER;
-- The enroller's certificate over the device's identity and scope (JSON), relayed so that other stores can check
-- the device's heads; 'certified' rows are devices known only through such a relayed certificate.
ALTER TABLE sync_devices ADD COLUMN certificate TEXT;

-- A store that accepted more than one enrolment before keeps the first enroller; the others are revoked (they could
-- be anyone's key).
UPDATE sync_devices SET trusted_as = 'certified', revoked = 1 WHERE trusted_as = 'enroller' AND device_id <> (SELECT device_id FROM sync_devices WHERE trusted_as = 'enroller' ORDER BY added_on, device_id LIMIT 1);
CREATE UNIQUE INDEX sync_one_enroller ON sync_devices (trusted_as) WHERE trusted_as = 'enroller';
CREATE TRIGGER sync_devices_revocation_final BEFORE UPDATE OF revoked ON sync_devices WHEN OLD.revoked = 1 AND NEW.revoked = 0 BEGIN SELECT RAISE(ABORT, 'a revocation is final'); END;
CREATE TRIGGER sync_devices_keys_fixed BEFORE UPDATE OF sign_key, box_key ON sync_devices WHEN NEW.sign_key <> OLD.sign_key OR NEW.box_key <> OLD.box_key BEGIN SELECT RAISE(ABORT, 'a device key never changes'); END;
CREATE TRIGGER sync_devices_role_fixed BEFORE UPDATE OF trusted_as, scope_unit, scope_coach ON sync_devices WHEN NEW.trusted_as IS NOT OLD.trusted_as OR NEW.scope_unit IS NOT OLD.scope_unit OR NEW.scope_coach IS NOT OLD.scope_coach BEGIN SELECT RAISE(ABORT, 'an enrolment never changes'); END;
CREATE TRIGGER sync_devices_kept BEFORE DELETE ON sync_devices BEGIN SELECT RAISE(ABORT, 'trust records are kept'); END;

-- Operations held for a gap were kept in the old payload encoding, without their chain links: they are dropped. Their
-- devices send them again, since this store's "have" never counted them.
DELETE FROM sync_backlog;
