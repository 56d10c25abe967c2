//! Key material and key slots.
//!
//! A random 256-bit *data key* opens the SQLCipher database (as a raw key). It is never stored in
//! the clear: each *key slot* in the header file holds it wrapped with XChaCha20-Poly1305 under a
//! key derived by Argon2id from a passphrase or from the recovery code (the LUKS2 / 1Password
//! pattern). Changing the passphrase rewrites one slot and never touches the database.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::Error;

/// Length of the data key in bytes (AES-256 in SQLCipher).
pub const DATA_KEY_LEN: usize = 32;
const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 24;

/// The key that opens the database. Zeroized when dropped; never written unwrapped.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; DATA_KEY_LEN]);

impl DataKey {
    /// A fresh random key from the operating system's CSPRNG.
    pub fn generate() -> Result<DataKey, Error> {
        let mut key = [0u8; DATA_KEY_LEN];
        random_bytes(&mut key)?;
        Ok(DataKey(key))
    }

    /// The SQLCipher raw-key literal `x'<64 hex>'`; zeroized when dropped.
    pub(crate) fn sqlcipher_literal(&self) -> Zeroizing<String> {
        let mut s = Zeroizing::new(String::with_capacity(3 + 2 * DATA_KEY_LEN));
        s.push_str("x'");
        for b in self.0 {
            s.push(hex_digit(b >> 4));
            s.push(hex_digit(b & 0xf));
        }
        s.push('\'');
        s
    }
}

#[cfg(feature = "testhooks")]
impl DataKey {
    /// The raw key, for tests that decrypt the database's pages themselves to scan them for
    /// residue. Only in a build with the `testhooks` feature.
    pub fn bytes_for_tests(&self) -> [u8; DATA_KEY_LEN] {
        self.0
    }
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(…)")
    }
}

fn hex_digit(n: u8) -> char {
    char::from_digit(u32::from(n), 16).expect("nibble")
}

pub(crate) fn random_bytes(buf: &mut [u8]) -> Result<(), Error> {
    getrandom::fill(buf)
        .map_err(|e| Error::Internal(format!("geen willekeurige bytes van het systeem: {e}")))
}

/// Argon2id cost parameters, stored per slot so they can be raised later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Iterations.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl KdfParams {
    /// The floor this project accepts: 64 MiB, three passes (KeePassXC's default).
    pub const MINIMUM: KdfParams = KdfParams {
        m_kib: 64 * 1024,
        t: 3,
        p: 1,
    };
    /// What new vaults get: 256 MiB, three passes — about half a second on a 2020s laptop.
    pub const DEFAULT: KdfParams = KdfParams {
        m_kib: 256 * 1024,
        t: 3,
        p: 1,
    };

    /// The parameters for a new slot: [`KdfParams::DEFAULT`]. Only in a build with the
    /// `testhooks` feature (this crate's own tests, never a shipped build) `TOP3_KDF=minimum`
    /// selects [`KdfParams::MINIMUM`], for the crash tests that open a vault hundreds of times.
    pub fn for_new_slot() -> KdfParams {
        #[cfg(feature = "testhooks")]
        if std::env::var("TOP3_KDF").as_deref() == Ok("minimum") {
            return KdfParams::MINIMUM;
        }
        KdfParams::DEFAULT
    }

    /// The ceiling a key file may ask for: 1 GiB of memory, ten passes, four lanes. A key file
    /// asking for more is refused before any memory is taken, so a planted or edited key file
    /// cannot make the app allocate gigabytes or compute for minutes.
    pub const MAXIMUM: KdfParams = KdfParams {
        m_kib: 1024 * 1024,
        t: 10,
        p: 4,
    };

    /// Refuse parameters outside [`KdfParams::MINIMUM`] … [`KdfParams::MAXIMUM`].
    pub fn check(&self) -> Result<(), Error> {
        // Refuse a header that was edited to weaken the KDF.
        if self.m_kib < Self::MINIMUM.m_kib || self.t < Self::MINIMUM.t || self.p == 0 {
            return Err(Error::HeaderCorrupt(
                "de sleutelparameters in het sleutelbestand zijn zwakker dan toegestaan".into(),
            ));
        }
        // Refuse one that asks for absurd work (a denial of service through the key file).
        if self.m_kib > Self::MAXIMUM.m_kib || self.t > Self::MAXIMUM.t || self.p > Self::MAXIMUM.p
        {
            return Err(Error::HeaderCorrupt(format!(
                "het sleutelbestand vraagt {} MiB geheugen, {} rondes en {} rekenbanen; hoogstens {} MiB, {} rondes en {} banen worden toegestaan",
                self.m_kib / 1024,
                self.t,
                self.p,
                Self::MAXIMUM.m_kib / 1024,
                Self::MAXIMUM.t,
                Self::MAXIMUM.p
            )));
        }
        Ok(())
    }
}

/// What a slot is opened with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum SlotKind {
    Wachtwoord,
    Herstelcode,
}

/// One key slot: the data key wrapped under a key derived from a secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeySlot {
    pub kind: SlotKind,
    pub kdf: String,
    pub params: KdfParams,
    #[serde(with = "hex_bytes")]
    pub salt: Vec<u8>,
    #[serde(with = "hex_bytes")]
    pub nonce: Vec<u8>,
    #[serde(with = "hex_bytes")]
    pub wrapped: Vec<u8>,
}

impl KeySlot {
    /// Wrap `key` under `secret`, with fresh salt and nonce.
    pub fn seal(
        kind: SlotKind,
        secret: &[u8],
        key: &DataKey,
        params: KdfParams,
        vault_id: &str,
    ) -> Result<KeySlot, Error> {
        params.check()?;
        let mut salt = vec![0u8; SALT_LEN];
        random_bytes(&mut salt)?;
        let mut nonce = vec![0u8; NONCE_LEN];
        random_bytes(&mut nonce)?;
        let kek = derive_kek(secret, &salt, params)?;
        let cipher = XChaCha20Poly1305::new_from_slice(&kek[..])
            .map_err(|_| Error::Internal("sleutellengte".into()))?;
        let aad = slot_aad(kind, params, vault_id);
        let wrapped = cipher
            .encrypt(
                &XNonce::try_from(&nonce[..]).expect("24 bytes"),
                Payload {
                    msg: &key.0,
                    aad: &aad,
                },
            )
            .map_err(|_| Error::Internal("inpakken van de sleutel mislukt".into()))?;
        Ok(KeySlot {
            kind,
            kdf: "argon2id".into(),
            params,
            salt,
            nonce,
            wrapped,
        })
    }

    /// Unwrap the data key. A wrong secret and a tampered slot look the same: `None`.
    pub fn open(&self, secret: &[u8], vault_id: &str) -> Result<Option<DataKey>, Error> {
        if self.kdf != "argon2id" || self.salt.len() != SALT_LEN || self.nonce.len() != NONCE_LEN {
            return Err(Error::HeaderCorrupt(
                "een sleutelvak in het sleutelbestand is onleesbaar".into(),
            ));
        }
        self.params.check()?;
        let kek = derive_kek(secret, &self.salt, self.params)?;
        let cipher = XChaCha20Poly1305::new_from_slice(&kek[..])
            .map_err(|_| Error::Internal("sleutellengte".into()))?;
        let aad = slot_aad(self.kind, self.params, vault_id);
        match cipher.decrypt(
            &XNonce::try_from(&self.nonce[..]).expect("24 bytes"),
            Payload {
                msg: &self.wrapped,
                aad: &aad,
            },
        ) {
            Ok(plain) => {
                let plain = Zeroizing::new(plain);
                let bytes: [u8; DATA_KEY_LEN] = plain[..].try_into().map_err(|_| {
                    Error::HeaderCorrupt(
                        "een sleutelvak bevat een sleutel van de verkeerde lengte".into(),
                    )
                })?;
                Ok(Some(DataKey(bytes)))
            }
            Err(_) => Ok(None),
        }
    }
}

/// The slot's kind, parameters and the vault id are authenticated with the wrapped key, so a header
/// edited to lower the parameters or to move a slot to another vault no longer opens.
fn slot_aad(kind: SlotKind, params: KdfParams, vault_id: &str) -> Vec<u8> {
    format!(
        "top3-kluis-slot/v1/{kind:?}/argon2id/m={}/t={}/p={}/{vault_id}",
        params.m_kib, params.t, params.p
    )
    .into_bytes()
}

fn derive_kek(secret: &[u8], salt: &[u8], params: KdfParams) -> Result<Zeroizing<[u8; 32]>, Error> {
    let p = Params::new(params.m_kib, params.t, params.p, Some(32))
        .map_err(|e| Error::Internal(format!("argon2: {e}")))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, p);
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(secret, salt, &mut out[..])
        .map_err(|e| Error::Internal(format!("argon2: {e}")))?;
    Ok(out)
}

/// Recovery codes: 25 Crockford base32 characters (125 bits), shown in five groups of five.
pub mod recovery {
    use zeroize::Zeroizing;

    use super::{Error, random_bytes};

    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const CHARS: usize = 25;

    /// A fresh recovery code, grouped as `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`.
    pub fn generate() -> Result<Zeroizing<String>, Error> {
        let mut raw = Zeroizing::new([0u8; CHARS]);
        random_bytes(&mut raw[..])?;
        let mut s = Zeroizing::new(String::with_capacity(CHARS + 4));
        for (i, b) in raw.iter().enumerate() {
            if i > 0 && i % 5 == 0 {
                s.push('-');
            }
            s.push(ALPHABET[usize::from(b & 31)] as char);
        }
        Ok(s)
    }

    /// The canonical form a slot is sealed with: upper case, no separators, O→0 and I/L→1.
    /// Returns `None` when the input cannot be a recovery code. The buffer never grows past its
    /// first allocation, so no copy of the code is left behind in freed memory.
    pub fn normalize(input: &str) -> Option<Zeroizing<String>> {
        let mut s = Zeroizing::new(String::with_capacity(CHARS));
        for c in input.chars() {
            let c = match c.to_ascii_uppercase() {
                '-' | ' ' | '\t' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) || s.len() == CHARS {
                return None;
            }
            s.push(c);
        }
        (s.len() == CHARS).then_some(s)
    }
}

mod hex_bytes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&hex::encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = String::deserialize(d)?;
        hex::decode(s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slot_round_trip_and_wrong_secret() {
        let key = DataKey::generate().unwrap();
        let slot = KeySlot::seal(
            SlotKind::Wachtwoord,
            b"correct horse",
            &key,
            KdfParams::MINIMUM,
            "v1",
        )
        .unwrap();
        let back = slot.open(b"correct horse", "v1").unwrap().expect("opens");
        assert_eq!(back.0, key.0);
        assert!(slot.open(b"wrong horse", "v1").unwrap().is_none());
        // Bound to the vault id and the parameters.
        assert!(slot.open(b"correct horse", "v2").unwrap().is_none());
        let mut lowered = slot.clone();
        lowered.params.t = 4;
        assert!(lowered.open(b"correct horse", "v1").unwrap().is_none());
        let mut weak = slot.clone();
        weak.params.m_kib = 8;
        assert!(matches!(
            weak.open(b"correct horse", "v1"),
            Err(Error::HeaderCorrupt(_))
        ));
    }

    #[test]
    fn hostile_parameters_refused_before_any_work() {
        // A key file asking for 4 GiB or 64 passes (what the attacker's review planted) is refused
        // with what it asked and what is allowed, before Argon2 allocates anything.
        let key = DataKey::generate().unwrap();
        let slot =
            KeySlot::seal(SlotKind::Wachtwoord, b"x", &key, KdfParams::MINIMUM, "v").unwrap();
        for (m_kib, t, p) in [
            (4 * 1024 * 1024, 3, 1),
            (64 * 1024, 64, 1),
            (64 * 1024, 3, 16),
            (u32::MAX, u32::MAX, u32::MAX),
        ] {
            let mut hostile = slot.clone();
            hostile.params = KdfParams { m_kib, t, p };
            match hostile.open(b"x", "v") {
                Err(Error::HeaderCorrupt(m)) => assert!(
                    m.contains("hoogstens 1024 MiB, 10 rondes en 4 banen"),
                    "{m}"
                ),
                other => panic!("{m_kib}/{t}/{p}: {other:?}"),
            }
        }
        // The ceiling itself is allowed (not run here: it would take a GiB).
        assert!(KdfParams::MAXIMUM.check().is_ok());
        assert!(KdfParams::DEFAULT.check().is_ok());
        let mut zero_lanes = slot;
        zero_lanes.params.p = 0;
        assert!(
            matches!(zero_lanes.open(b"x", "v"), Err(Error::HeaderCorrupt(m)) if m.contains("zwakker"))
        );
    }

    #[test]
    fn recovery_codes_normalize() {
        let code = recovery::generate().unwrap();
        assert_eq!(code.len(), 29);
        assert_eq!(code.matches('-').count(), 4);
        let n = recovery::normalize(&code).unwrap();
        assert_eq!(n.len(), 25);
        assert_eq!(
            *recovery::normalize(&code.to_lowercase().replace('-', " ")).unwrap(),
            *n
        );
        assert_eq!(
            &*recovery::normalize("oooooiiiiillllluuuuu00000")
                .map(|s| s.to_string())
                .unwrap_or_default(),
            ""
        );
        assert_eq!(
            &**recovery::normalize("ooooo-iiiii-lllll-00000-11111").unwrap(),
            "0000011111111110000011111"
        );
        assert!(recovery::normalize("too short").is_none());
        assert!(
            recovery::normalize(&format!("{}0", &*code)).is_none(),
            "too long"
        );
    }

    #[test]
    fn sqlcipher_literal_shape() {
        let key = DataKey([0xab; 32]);
        let lit = key.sqlcipher_literal();
        assert_eq!(lit.len(), 67);
        assert!(lit.starts_with("x'abab") && lit.ends_with("ab'"));
    }
}
